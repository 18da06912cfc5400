package app.alumni.export;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Personal-data exports: how long a document stays downloadable, and how many a member may ask for a day. */
@ConfigMapping(prefix = "alumni.exports")
interface ExportConfig {

    /** How long a ready export can be downloaded ({@code ALUMNI_EXPORTS_AVAILABLE_FOR}). */
    @WithDefault("P7D")
    Duration availableFor();

    /** Exports a member may ask for in 24 hours. */
    @WithDefault("5")
    int dailyBudget();
}
