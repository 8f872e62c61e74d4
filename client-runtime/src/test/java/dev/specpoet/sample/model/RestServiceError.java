package dev.specpoet.sample.model;

/** A generated error model record. */
public record RestServiceError(String errorCode, String title, int status) {}
