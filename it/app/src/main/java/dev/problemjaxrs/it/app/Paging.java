package dev.problemjaxrs.it.app;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging parameters gathered in a {@code @BeanParam}: violations are named by the fields' annotations. */
public class Paging {

    @QueryParam("page_size")
    @DefaultValue("20")
    @Min(1)
    @Max(50)
    private int pageSize;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    private int page;

    public int pageSize() {
        return pageSize;
    }

    public int page() {
        return page;
    }
}
