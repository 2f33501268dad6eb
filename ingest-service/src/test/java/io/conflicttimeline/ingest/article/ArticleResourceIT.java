package io.conflicttimeline.ingest.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The REST contract against the packaged application. */
@QuarkusIntegrationTest
class ArticleResourceIT extends ArticleResourceTest {
}
