package io.triangulate.model;

/** Why an input record was quarantined. Codes are stable: they appear in tables and reports. */
public enum RejectReason {
    MALFORMED_JSON,
    UNDECODABLE,
    BINARY_FILE,
    EMPTY_FILE,
    EMPTY_RECORD,
    TOO_LARGE,
    MISSING_FIELD,
    DUPLICATE_ID,
    NO_BODY_AFTER_CLEANING,
    UNREADABLE_FILE,
    UNSUPPORTED_FORMAT,
    OUT_OF_PERIOD
}
