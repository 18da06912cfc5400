package app.alumni.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps webhooks from reaching into the service's own network (SSRF): only {@code https} targets whose host resolves
 * to public addresses, checked when an endpoint is saved and again before every delivery (DNS may change). Unless
 * {@code alumni.webhooks.allow-private-targets} is on, which also allows plain {@code http}, for development and tests.
 */
@ApplicationScoped
class TargetGuard {

    private final WebhookConfig config;

    TargetGuard(WebhookConfig config) {
        this.config = config;
    }

    /** Why the URL may not be called, or empty when it may: a message key of the validation bundle. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("validation.webhook-url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("validation.webhook-url");
        }
        if (config.allowPrivateTargets()) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("validation.webhook-https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("validation.webhook-unresolvable");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("validation.webhook-private");
            }
        }
        return Optional.empty();
    }

    /** Not loopback, private, link-local (cloud metadata included), shared (CGNAT), multicast or unspecified. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (100.64/10), cloud metadata among it
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local (fc00::/7), cloud metadata among it
            }
            boolean mappedV4 = true; // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) {
                mappedV4 &= b[i] == 0;
            }
            if (mappedV4 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
