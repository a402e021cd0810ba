package org.juesuan.extractor.cli.dataset;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DepartmentNamesTest {
    @Test
    void printingsOfOneDepartmentNormalizeToOneName() {
        String name = "上海市普陀区委社会工作部";
        for (String printed : List.of("中共上海市普陀区委社会工作部", "上海市普陀区委社会工作部", " 中共 上海市普陀区委 社会工作部 ",
                "中国共产党上海市普陀区委社会工作部", "中共上海市普陀区委社会工作部\n")) {
            assertEquals(name, DepartmentNames.normalize(printed), printed);
        }
        assertEquals("政协攀枝花市委员会办公室", DepartmentNames.normalize("中国人民政治协商会议攀枝花市委员会办公室"));
        assertEquals("攀枝花市人大常委会办公室", DepartmentNames.normalize("攀枝花市人民代表大会常务委员会办公室"));
        assertEquals("上海市普陀区财政局本级", DepartmentNames.normalize("上海市普陀区财政局（本级）"));
        // the party committee's office is not the government's
        assertNotEquals(DepartmentNames.normalize("中共攀枝花市委办公室"), DepartmentNames.normalize("攀枝花市人民政府办公室"));
        assertNull(DepartmentNames.normalize("  "));
    }

    @Test
    void idIsAHashOfTheNormalizedName() {
        assertEquals(DepartmentNames.id("攀枝花市委办公室"), DepartmentNames.id(DepartmentNames.normalize("中共攀枝花市委办公室")));
        assertEquals(13, DepartmentNames.id("x").length());
        assertNotEquals(DepartmentNames.id("上海市普陀区财政局"), DepartmentNames.id("上海市普陀区规划和自然资源局"));
    }

    @Test
    void regionIsTheLeadingPlaceName() {
        assertEquals("上海市普陀区", DepartmentNames.region("上海市普陀区规划和自然资源局"));
        assertEquals("上海市普陀区", DepartmentNames.region("上海市普陀区委社会工作部"));
        assertEquals("攀枝花市西区", DepartmentNames.region("攀枝花市西区人民政府办公室"));
        assertEquals("攀枝花市", DepartmentNames.region("攀枝花市人民政府驻成都办事处"));
        assertEquals("攀枝花市", DepartmentNames.region("攀枝花市委办公室"));
        assertEquals("攀枝花市", DepartmentNames.region("政协攀枝花市委员会办公室"));
        assertNull(DepartmentNames.region("办公室"));
    }

    @Test
    void aRenamingTheReportStatesJoinsTheOldAndTheNewName() throws IOException {
        // seed 003 (中共攀枝花市委办公室, 2020): "二级预算单位攀枝花市电子政务办公室（现已更名为攀枝花市党政内网服务中心）"
        String text = Files.readString(RepoFiles.corpus("003_452dfb289bf64cc2.txt"));
        List<RenameStatements.Rename> renames = RenameStatements.in(text);
        assertEquals(new RenameStatements.Rename("攀枝花市电子政务办公室", "攀枝花市党政内网服务中心"), renames.get(0));
        assertEquals(1, renames.stream().distinct().count());
        DepartmentRegistry registry = new DepartmentRegistry();
        renames.forEach(registry::renamed);
        Map<String, DepartmentRegistry.Department> departments = registry.resolve(
                List.of("攀枝花市电子政务办公室", "攀枝花市党政内网服务中心", "中共攀枝花市委办公室"));
        assertEquals(departments.get("攀枝花市党政内网服务中心"), departments.get("攀枝花市电子政务办公室"));
        assertNotEquals(departments.get("中共攀枝花市委办公室").id(), departments.get("攀枝花市电子政务办公室").id());
        // seeds 000-002 and 004 state no renaming
        for (String seed : List.of("000_b5790c93cfb4a072", "001_ac178a9e9dd67b94", "002_0e630caa3884551f",
                "004_b2fb7ddb4acb550d")) {
            assertEquals(List.of(), RenameStatements.in(Files.readString(RepoFiles.corpus(seed + ".txt"))), seed);
        }
    }

    @Test
    void aNameWithoutItsCityJoinsTheOneNameThatHasIt() {
        Map<String, DepartmentRegistry.Department> departments = new DepartmentRegistry().resolve(List.of(
                "中共上海市普陀区委社会工作部", "普陀区委社会工作部", "上海市普陀区财政局", "财政局"));
        assertEquals(departments.get("中共上海市普陀区委社会工作部"), departments.get("普陀区委社会工作部"));
        assertEquals("上海市普陀区", departments.get("普陀区委社会工作部").region());
        // a name that is no region's: left alone
        assertNotEquals(departments.get("上海市普陀区财政局").id(), departments.get("财政局").id());
    }
}
