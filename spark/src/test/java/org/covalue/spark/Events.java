package org.covalue.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.covalue.testkit.LogRow;

/** Event logs as Spark data sets, for the tests. */
final class Events {

  /** The columns of {@link #of}: the default names, times as milliseconds since 1970. */
  static final StructType SCHEMA =
      new StructType()
          .add("case", DataTypes.StringType)
          .add("activity", DataTypes.StringType)
          .add("timestamp", DataTypes.LongType);

  private Events() {}

  /**
   * Returns rows as a data set split into partitions of consecutive rows, so that the order of the
   * rows, partition after partition, is the order of the list.
   *
   * @param rows the rows
   * @param partitions how many partitions
   * @return the data set
   */
  static Dataset<Row> of(List<LogRow> rows, int partitions) {
    List<Row> sparkRows = new ArrayList<>(rows.size());
    for (LogRow row : rows) {
      sparkRows.add(RowFactory.create(row.caseId(), row.activity(), row.epochMillis()));
    }
    JavaRDD<Row> rdd =
        JavaSparkContext.fromSparkContext(SparkTests.spark().sparkContext())
            .parallelize(sparkRows, partitions);
    return SparkTests.spark().createDataFrame(rdd, SCHEMA);
  }
}
