package org.o2c.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** The six services run side by side as processes, each ready and describing itself. */
class AllServicesRunTest {
    private final Platform platform = Platform.shared();

    @Test
    void everyServiceIsReadyAndServesItsSpec() {
        for (String service : Platform.SERVICES) {
            given().baseUri(platform.url(service)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().baseUri(platform.url(service)).queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("o2c " + service + "-service"));
        }
    }
}
