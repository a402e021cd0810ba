package org.juesuan.extractor.cli.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The panel's {@code datapackage.json}: a Tabular Data Package (Frictionless) whose resources are the CSV files with
 * their Table Schemas (types, constraints, primary and foreign keys), each with its Parquet file beside it
 * ({@value #PARQUET}), and the Fiscal Data Package's model: which columns are amounts (currency CNY, factor 1: yuan;
 * phase executed: 决算; direction), and which are the department, the fiscal year and the functional and
 * economic classifications.
 */
public final class PanelDescriptor {
    /** The resource property naming the resource's Parquet file (not part of the Frictionless spec). */
    public static final String PARQUET = "parquetPath";
    static final String NAME = "juesuan-panel";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PanelDescriptor() {
    }

    /** The descriptor of {@code resources}; {@code bom} when the CSVs start with a UTF-8 byte order mark. */
    public static ObjectNode of(List<PanelResource> resources, Integer firstYear, Integer lastYear, boolean bom) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", NAME);
        root.put("title", "部门决算 panel: departments × years × classifications");
        root.put("description", "Final accounts (决算) of Chinese government departments as extracted by the juesuan "
                + "extractor: one row per report, per report and classification code, per report and figure. Money "
                + "is in yuan, exact to the fen.");
        root.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("countryCode", "CN");
        root.put("granularity", "aggregated");
        if (firstYear != null && lastYear != null) {
            ObjectNode period = root.putObject("fiscalPeriod");
            period.put("start", firstYear + "-01-01");
            period.put("end", lastYear + "-12-31");
        }
        ArrayNode list = root.putArray("resources");
        for (PanelResource resource : resources) {
            list.add(resource(resource, bom));
        }
        root.set("model", model());
        return root;
    }

    private static ObjectNode resource(PanelResource resource, boolean bom) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", resource.name());
        node.put("path", resource.name() + ".csv");
        node.put("profile", "tabular-data-resource");
        node.put("title", resource.title());
        node.put("description", resource.description());
        node.put("format", "csv");
        node.put("mediatype", "text/csv");
        node.put("encoding", bom ? "utf-8-sig" : "utf-8");
        node.put(PARQUET, resource.name() + ".parquet");
        ObjectNode schema = node.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (PanelField field : resource.fields()) {
            ObjectNode f = fields.addObject();
            f.put("name", field.name());
            f.put("type", field.type());
            f.put("description", field.description());
            if (field.required() || !field.enumValues().isEmpty()) {
                ObjectNode constraints = f.putObject("constraints");
                if (field.required()) {
                    constraints.put("required", true);
                }
                if (!field.enumValues().isEmpty()) {
                    ArrayNode values = constraints.putArray("enum");
                    field.enumValues().forEach(values::add);
                }
            }
        }
        ArrayNode primaryKey = schema.putArray("primaryKey");
        resource.primaryKey().forEach(primaryKey::add);
        if (!resource.foreignKeys().isEmpty()) {
            ArrayNode foreignKeys = schema.putArray("foreignKeys");
            for (PanelResource.ForeignKey key : resource.foreignKeys()) {
                ObjectNode fk = foreignKeys.addObject();
                ArrayNode from = fk.putArray("fields");
                key.fields().forEach(from::add);
                ObjectNode reference = fk.putObject("reference");
                reference.put("resource", key.resource());
                ArrayNode to = reference.putArray("fields");
                key.reference().forEach(to::add);
            }
        }
        schema.putArray("missingValues").add("");
        return node;
    }

    /** The Fiscal Data Package model: measures (amount columns) and dimensions. */
    private static ObjectNode model() {
        ObjectNode model = MAPPER.createObjectNode();
        ObjectNode measures = model.putObject("measures");
        measure(measures, "function_total", "expenditure_by_function", "total", "expenditure", "executed");
        measure(measures, "function_basic", "expenditure_by_function", "basic", "expenditure", "executed");
        measure(measures, "function_project", "expenditure_by_function", "project", "expenditure", "executed");
        measure(measures, "function_budget", "expenditure_by_function", "budget", "expenditure", "approved");
        measure(measures, "economic_amount", "expenditure_by_economic_class", "amount", "expenditure", "executed");
        measure(measures, "income_value", "income", "value", "revenue", "executed");
        measure(measures, "three_public_value", "three_public", "value", "expenditure", "executed");
        ObjectNode dimensions = model.putObject("dimensions");
        ObjectNode department = dimension(dimensions, "department", "department_id", "entity", null);
        attribute(department, "department_id", "departments", "department_id", null);
        attribute(department, "name", "departments", "name", "department_id");
        ObjectNode year = dimension(dimensions, "fiscal_year", "fiscal_year", "datetime", null);
        attribute(year, "fiscal_year", "reports", "fiscal_year", null);
        ObjectNode report = dimension(dimensions, "report", "report_id", "other", null);
        attribute(report, "report_id", "reports", "report_id", null);
        ObjectNode function = dimension(dimensions, "functional_classification", "code", "classification", "functional");
        attribute(function, "code", "expenditure_by_function", "code", null);
        attribute(function, "name", "expenditure_by_function", "name_classification", "code");
        attribute(function, "level", "expenditure_by_function", "level", null);
        ObjectNode economic = dimension(dimensions, "economic_classification", "code", "classification", "economic");
        attribute(economic, "code", "expenditure_by_economic_class", "code", null);
        attribute(economic, "name", "expenditure_by_economic_class", "name_classification", "code");
        ObjectNode scope = dimension(dimensions, "scope", "scope", "other", null);
        attribute(scope, "scope", "expenditure_by_function", "scope", null);
        return model;
    }

    private static void measure(ObjectNode measures, String name, String resource, String column, String direction,
                                String phase) {
        ObjectNode m = measures.putObject(name);
        m.put("source", column);
        m.put("resource", resource);
        m.put("currency", "CNY");
        m.put("factor", 1);
        m.put("direction", direction);
        m.put("phase", phase);
    }

    private static ObjectNode dimension(ObjectNode dimensions, String name, String primaryKey, String type,
                                        String classificationType) {
        ObjectNode d = dimensions.putObject(name);
        d.putObject("attributes");
        d.put("primaryKey", primaryKey);
        d.put("dimensionType", type);
        if (classificationType != null) {
            d.put("classificationType", classificationType);
        }
        return d;
    }

    private static void attribute(ObjectNode dimension, String name, String resource, String column, String labelFor) {
        ObjectNode a = ((ObjectNode) dimension.get("attributes")).putObject(name);
        a.put("source", column);
        a.put("resource", resource);
        if (labelFor != null) {
            a.put("labelfor", labelFor);
        }
    }
}
