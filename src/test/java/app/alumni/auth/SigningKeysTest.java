package app.alumni.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

class SigningKeysTest {

    @Test
    void productionRefusesToStartWithoutConfiguredKeys() {
        assertThatThrownBy(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mp.jwt.verify.publickey.location");
        assertThatThrownBy(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, Optional.of("/keys/public.pem"), Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, Optional.of("/keys/public.pem"), Optional.of("/keys/private.pem")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SigningKeys.requireConfiguredKeys(LaunchMode.TEST, Optional.empty(), Optional.empty()))
                .doesNotThrowAnyException();
    }
}
