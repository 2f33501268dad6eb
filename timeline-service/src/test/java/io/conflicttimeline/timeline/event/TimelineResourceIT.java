package io.conflicttimeline.timeline.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same REST contract against the packaged application. */
@QuarkusIntegrationTest
class TimelineResourceIT extends TimelineResourceTest {
}
