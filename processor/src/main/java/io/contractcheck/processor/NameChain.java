package io.contractcheck.processor;

/**
 * The names of the declarations around a point in the source, innermost first, shared between
 * calls: capturing it for a call costs nothing.
 */
record NameChain(CharSequence name, NameChain outer) {}
