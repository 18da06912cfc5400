package app.alumni.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.auth.AuthDtos.LoginRequest;
import app.alumni.auth.AuthDtos.RefreshRequest;
import app.alumni.auth.AuthDtos.TokenResponse;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "Authentication")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final TokenService tokens;

    AuthResource(AuthService auth, TokenService tokens) {
        this.auth = auth;
        this.tokens = tokens;
    }

    @POST
    @Path("/login")
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Sign in",
            description = "Public. Exchanges e-mail and password for an access token (15 minutes) and a refresh token (30 days). "
                    + "A wrong e-mail or password gets the same 401. After repeated failures for one account or from one address, "
                    + "sign-in is refused with 429 and `Retry-After` for a while. Suspended, rejected and deleted accounts get 403.")
    @APIResponse(responseCode = "200", description = "Signed in.")
    @APIResponse(responseCode = "403", description = "The password is right but the account cannot sign in: suspended, rejected or "
            + "deleted (type `account-disabled`).")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; retry after the given seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "86400")))
    public TokenResponse login(@Valid @NotNull LoginRequest request, HttpServerRequest http) {
        return auth.login(request.email(), request.password(), http.remoteAddress().hostAddress());
    }

    @POST
    @Path("/refresh")
    @SecurityRequirements
    @Operation(operationId = "refreshTokens", summary = "Refresh tokens",
            description = "Public. Exchanges a refresh token for a new access token and a new refresh token; the presented one is used up. "
                    + "Presenting a refresh token a second time revokes its whole sign-in (every token rotated from it).")
    @APIResponse(responseCode = "200", description = "New tokens.")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @SecurityRequirements
    @Operation(operationId = "logout", summary = "Sign out",
            description = "Public. Revokes the refresh token and every token of its sign-in. Always 204, also for unknown tokens.")
    @APIResponse(responseCode = "204", description = "Signed out.")
    public void logout(@Valid @NotNull RefreshRequest request) {
        tokens.logout(request.refreshToken());
    }
}
