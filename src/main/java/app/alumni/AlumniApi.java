package app.alumni;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service. */
@QuarkusMain
public class AlumniApi {

    /**
     * Quarkus answers a request URI that {@link java.net.URI} cannot parse ({@code ?cursor=%%%}) with an empty 400
     * before any application code runs. Without that early check the router and the API's own filters refuse such
     * requests too, with problem details naming what is wrong. (The test JVM sets the same property in pom.xml.)
     */
    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
