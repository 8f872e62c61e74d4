/** A program that rotates an Adyen API key with the generated Management API client. */
package dev.specpoet.samples.adyen;
