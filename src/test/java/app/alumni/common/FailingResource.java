package app.alumni.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, with internals in its message. */
@Path("/api/v1/test-only/failure")
@PermitAll
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; SELECT password_hash FROM member");
    }
}
