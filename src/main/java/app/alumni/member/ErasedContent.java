package app.alumni.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What becomes of an erased member's posts and comments. */
@Schema(name = "ErasedContent", description = "`KEEP_ANONYMOUS`: posts and comments stay, shown as by a former member. `DELETE`: they "
        + "are removed (their text erased).")
public enum ErasedContent {
    KEEP_ANONYMOUS,
    DELETE
}
