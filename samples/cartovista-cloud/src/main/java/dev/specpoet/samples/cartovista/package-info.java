/** A program that creates a CartoVista access key and gives it a secret key. */
package dev.specpoet.samples.cartovista;
