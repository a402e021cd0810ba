package org.juesuan.extractor.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.juesuan.extractor.write.FactRow;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Parquet facts table: the facts CSV's columns ({@code file, sha256, department, fiscal_year, key, code, label,
 * value, unit, raw, source, section, page}) plus the report's {@code kind} and {@code value_text}. {@code value} is
 * {@code DECIMAL(38,6)}; {@code value_text} holds a value that is not a number (e.g. {@code report.department}) or
 * the exact figure of one that {@code value} cannot hold exactly (more than six decimals).
 */
final class FactColumns {
    static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(38, 6);
    static final StructType SCHEMA = new StructType(new StructField[]{
            field("file", DataTypes.StringType),
            field("sha256", DataTypes.StringType),
            field("department", DataTypes.StringType),
            field("fiscal_year", DataTypes.IntegerType),
            field("kind", DataTypes.StringType),
            field("key", DataTypes.StringType),
            field("code", DataTypes.StringType),
            field("label", DataTypes.StringType),
            field("value", VALUE_TYPE),
            field("value_text", DataTypes.StringType),
            field("unit", DataTypes.StringType),
            field("raw", DataTypes.StringType),
            field("source", DataTypes.StringType),
            field("section", DataTypes.StringType),
            field("page", DataTypes.IntegerType)});
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(VALUE_TYPE.precision() - VALUE_TYPE.scale());

    private FactColumns() {
    }

    static Row row(FactRow fact) {
        BigDecimal value = null;
        String valueText = fact.text();
        BigDecimal number = fact.number();
        if (number != null) {
            BigDecimal scaled = number.setScale(VALUE_TYPE.scale(), RoundingMode.HALF_UP);
            if (scaled.abs().compareTo(LIMIT) < 0) {
                value = scaled;
            }
            if (value == null || scaled.compareTo(number) != 0) {
                valueText = number.toPlainString();
            }
        }
        return RowFactory.create(fact.file(), fact.sha256(), fact.department(), fact.fiscalYear(), fact.kind(),
                fact.key(), fact.code(), fact.label(), value, valueText, fact.unit(), fact.raw(), fact.source(),
                fact.section(), fact.page());
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
