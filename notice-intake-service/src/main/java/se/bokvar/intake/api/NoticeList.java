package se.bokvar.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the caller's notices, newest first. */
@Schema(name = "NoticeList")
public record NoticeList(List<NoticeStatusView> items, int limit, int offset) {
}
