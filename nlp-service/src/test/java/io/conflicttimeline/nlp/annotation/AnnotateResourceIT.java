package io.conflicttimeline.nlp.annotation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AnnotateResourceIT extends AnnotateResourceTest {
}
