package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportIdentityTest {

    /** Department, year and kind of the eight real reports (shared/seeds/README.md, shared/real-pdf/README.md). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "000_b5790c93cfb4a072, 政协攀枝花市委员会办公室, 2021, 部门决算",
            "001_ac178a9e9dd67b94, 攀枝花市人大常委会办公室, 2021, 部门决算",
            "002_0e630caa3884551f, 攀枝花市人民政府驻成都办事处, 2021, 部门决算",
            "003_452dfb289bf64cc2, 中共攀枝花市委办公室, 2020, 单位决算",
            "004_b2fb7ddb4acb550d, 攀枝花市西区人民政府办公室, 2021, 部门决算",
            "sh-putuo-caizhengju-2024, 上海市普陀区财政局, 2024, 部门决算",
            "sh-putuo-guihuaziyuan-2024, 上海市普陀区规划和自然资源局, 2024, 部门决算",
            "sh-putuo-shehuigongzuobu-2024, 中共上海市普陀区委社会工作部, 2024, 部门决算"
    })
    void theRealReportsAreIdentified(String name, String department, int year, String kind) {
        List<Path> files = name.startsWith("sh-") ? List.of(RepoFiles.corpus(name + ".pdf"))
                : List.of(RepoFiles.corpus(name + ".txt"), RepoFiles.fixture("seeds/" + name + ".docx"),
                RepoFiles.fixture("seeds/" + name + ".doc"), RepoFiles.fixture("seeds/" + name + ".html"),
                RepoFiles.fixture("seeds/" + name + ".pdf"));
        for (Path file : files) {
            ReportInfo info = Extracted.report(file).report();
            assertEquals(new ReportInfo(department, year, kind, false), info, file.getFileName().toString());
        }
    }

    @Test
    void theBlankTemplateIsMarkedAsATemplateWithoutADepartment() {
        ReportInfo info = Extracted.report(RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf")).report();
        assertTrue(info.template());
        assertNull(info.department(), "上海市XX局 is a placeholder, not a department");
        assertEquals(2024, info.fiscalYear());
        assertEquals("部门决算", info.kind());
    }

    @Test
    void theTitlePageNamesTheDepartment() {
        ReportInfo info = ReportIdentity.identify("中共上海市普陀区委\n社会工作部 2024 年度\n部门决算\n", List.of(),
                Optional.empty(), "x.pdf");
        assertEquals(new ReportInfo("中共上海市普陀区委社会工作部", 2024, "部门决算", false), info);
    }

    @Test
    void anEvaluationReportTitleNamesTheDepartment() {
        assertEquals(Optional.of("攀枝花市人大常委会办公室"),
                ReportIdentity.evaluated("攀枝花市人大常委会办公室部门整体绩效评价报告"));
        assertEquals(Optional.of("攀枝花市人大常委会办公室"),
                ReportIdentity.evaluated("2021年攀枝花市人大常委会办公室部门整体绩效评价报告"));
        assertEquals(Optional.empty(), ReportIdentity.evaluated("部门预算整体绩效评价自评报告"),
                "部门预算 is not a department");
    }

    @Test
    void theFileNameIsTheLastResort() {
        ReportInfo info = ReportIdentity.identify("收入支出决算总体情况说明\n", List.of(), Optional.empty(),
                "上海市普陀区民政局2023年度部门决算.pdf");
        assertEquals("上海市普陀区民政局", info.department());
        assertEquals(2023, info.fiscalYear());
        assertFalse(info.template());
        ReportInfo nothing = ReportIdentity.identify("收入支出决算总体情况说明\n", List.of(), Optional.empty(), "report.txt");
        assertEquals(new ReportInfo(null, null, null, false), nothing);
    }
}
