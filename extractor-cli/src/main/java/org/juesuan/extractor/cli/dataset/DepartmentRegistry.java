package org.juesuan.extractor.cli.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every printed department name of a panel its {@code department_id}. Names are compared normalized
 * ({@link DepartmentNames#normalize}); where a report states that a unit was renamed, the old and the new name share
 * the id of the newest name; a name that is another name of the panel without its leading region (普陀区委社会工作部
 * beside 上海市普陀区委社会工作部) shares that name's id when exactly one name fits.
 */
public final class DepartmentRegistry {
    /** A printed name's department: its id, the name the id is made from, and the region that name starts with. */
    public record Department(String id, String name, String region) {
    }

    private final Map<String, String> renamedTo = new HashMap<>();

    /** Records a renaming a report states. */
    public void renamed(RenameStatements.Rename rename) {
        String from = DepartmentNames.normalize(rename.oldName());
        String to = DepartmentNames.normalize(rename.newName());
        if (from != null && to != null && !from.equals(to)) {
            renamedTo.putIfAbsent(from, to);
        }
    }

    /** The department of each printed name (blank names are left out). */
    public Map<String, Department> resolve(Collection<String> printed) {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String name : printed) {
            String normalized = newest(DepartmentNames.normalize(name));
            if (normalized != null) {
                canonical.put(name, normalized);
            }
        }
        Set<String> names = new LinkedHashSet<>(canonical.values());
        Map<String, Department> departments = new LinkedHashMap<>();
        canonical.forEach((name, normalized) -> {
            String full = withRegion(normalized, names);
            departments.put(name, new Department(DepartmentNames.id(full), full, DepartmentNames.region(full)));
        });
        return departments;
    }

    private String newest(String name) {
        Set<String> seen = new HashSet<>();
        while (name != null && renamedTo.containsKey(name) && seen.add(name)) {
            name = renamedTo.get(name);
        }
        return name;
    }

    /** The one name of {@code names} that is {@code name} with more region in front, else {@code name}. */
    private static String withRegion(String name, Set<String> names) {
        String region = DepartmentNames.region(name);
        if (region == null) {
            return name;
        }
        List<String> longer = new ArrayList<>();
        for (String other : names) {
            if (other.length() > name.length() && other.endsWith(name)) {
                String otherRegion = DepartmentNames.region(other);
                String prefix = other.substring(0, other.length() - name.length());
                if (otherRegion != null && otherRegion.startsWith(prefix)) {
                    longer.add(other);
                }
            }
        }
        return longer.size() == 1 ? longer.get(0) : name;
    }
}
