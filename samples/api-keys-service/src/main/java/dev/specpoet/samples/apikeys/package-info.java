/** A program that creates, reads and deactivates an API key with the generated API-keys client. */
package dev.specpoet.samples.apikeys;
