package se.bokvar.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** Up to 1,000 notices in one request; each is validated and answered on its own. */
@Schema(name = "NoticeBatch")
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = BatchItem.class, minItems = 1, maxItems = 1000)
        @NotNull @Size(min = 1, max = BatchRequest.MAX_ITEMS) List<JsonNode> notices) {

    public static final int MAX_ITEMS = 1000;

    /** One notice of the batch (documentation of the item shape; items are read one by one). */
    @Schema(name = "NoticeBatchItem")
    public record BatchItem(
            @Schema(description = "The notice kind", required = true) NoticePath kind,
            @Schema(description = "The notice, as the single endpoint of its kind takes it", required = true,
                    oneOf = { TerminationNoticeRequest.class, RectificationNoticeRequest.class, EarlyWarningRequest.class })
            Object notice) {
    }
}
