package app.alumni.auth;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

import app.alumni.common.CachePolicy;

/** The public token-verification keys as an RFC 7517 JWK set, for other services that accept our tokens. */
@Path("/.well-known/jwks.json")
@Tag(name = "Authentication")
@PermitAll
public class JwksResource {

    private final SigningKeys keys;

    JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @Schema(name = "JwkSet", description = "RFC 7517 JSON Web Key set.")
    public record JwkSet(@Schema(maxItems = 10) List<Jwk> keys) {
    }

    @Schema(name = "Jwk", description = "An RSA public key used to verify access tokens (RS256).")
    public record Jwk(
            @Schema(example = "RSA", enumeration = { "RSA" }, maxLength = 3) String kty,
            @Schema(example = "sig", enumeration = { "sig" }, maxLength = 3) String use,
            @Schema(example = "RS256", enumeration = { "RS256" }, maxLength = 5) String alg,
            @Schema(description = "Key id, matching the `kid` header of tokens.", example = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
                    maxLength = 100, pattern = "^[A-Za-z0-9_-]+$") String kid,
            @Schema(description = "Modulus, base64url.", maxLength = 1000, pattern = "^[A-Za-z0-9_-]+$") String n,
            @Schema(description = "Public exponent, base64url.", example = "AQAB", maxLength = 20, pattern = "^[A-Za-z0-9_-]+$") String e) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getJwks", summary = "Token verification keys (JWK set)",
            description = "Public keys that verify the RS256 access tokens this service issues. Public; cache it and refetch on an "
                    + "unknown `kid`.")
    @APIResponse(responseCode = "200", description = "The JWK set; cacheable for an hour.")
    public RestResponse<JwkSet> jwks() {
        RsaJsonWebKey jwk = new RsaJsonWebKey(keys.publicKey());
        jwk.setKeyId(keys.keyId());
        jwk.setUse("sig");
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        Map<String, Object> params = jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        var set = new JwkSet(List.of(new Jwk(jwk.getKeyType(), jwk.getUse(), jwk.getAlgorithm(), jwk.getKeyId(),
                (String) params.get(RsaJsonWebKey.MODULUS_MEMBER_NAME), (String) params.get(RsaJsonWebKey.EXPONENT_MEMBER_NAME))));
        return ResponseBuilder.ok(set).header(HttpHeaders.CACHE_CONTROL, CachePolicy.PUBLIC_HOUR).build();
    }
}
