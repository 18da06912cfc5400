package app.alumni.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;


/** The paging parameters every list takes ({@code @Valid @BeanParam PageRequest page}): a page size and a keyset cursor. */
public class PageRequest {

    @Parameter(description = "Page size, 1 to 100.")
    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    int limit;

    @Parameter(description = "`nextCursor` of the previous page.")
    @QueryParam("cursor")
    @Size(max = 500)
    String cursor;

    public int limit() {
        return limit;
    }

    /** The position after which the page starts, or null for the first page. */
    public String cursor() {
        return cursor;
    }
}
