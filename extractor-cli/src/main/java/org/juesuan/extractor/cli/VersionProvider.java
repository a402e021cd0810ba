package org.juesuan.extractor.cli;

import org.juesuan.extractor.model.ReportDocument;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ExtractorCli.class.getPackage().getImplementationVersion();
        return new String[]{"extractor " + (version == null ? "(development build)" : version)
                + ", output schema " + ReportDocument.SCHEMA_VERSION};
    }
}
