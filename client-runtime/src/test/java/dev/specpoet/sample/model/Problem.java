package dev.specpoet.sample.model;

/** A generated RFC 7807 problem record. */
public record Problem(String type, String title) {}
