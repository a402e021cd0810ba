package org.juesuan.extractor.read;

/** Reads one input's bytes into blocks. Implementations are stateless and thread-safe. */
public interface DocumentReader {
    RawDocument read(byte[] content, String fileName) throws ReadException;
}
