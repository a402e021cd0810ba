package org.juesuan.extractor.spark;

import java.io.IOException;

/** One input as an executor sees it: its path (any Hadoop file system's) and a way to read its bytes. */
public interface InputFile {
    String path();

    /** Reads the whole content. */
    byte[] read() throws IOException;

    /** The size in bytes, for an error record when the content could not be read; 0 when unknown. */
    long size();

    /** The last segment of the path. */
    default String fileName() {
        String path = path();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
