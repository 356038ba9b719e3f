using System.Globalization;
using DuckDB.NET.Data;

namespace CustomerLifecycle.Parquet.Tests;

/// <summary>An in-memory DuckDB database for the interop tests: it writes Parquet files as a warehouse would and reads the files written here.</summary>
internal sealed class Duck : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public Duck() => _connection.Open();

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of a query, each value as invariant text (null as null).</summary>
    public List<string?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The DuckDB type name of each column of a Parquet file.</summary>
    public Dictionary<string, string> Types(string parquet) =>
        Rows($"DESCRIBE SELECT * FROM read_parquet('{parquet}')").ToDictionary(r => r[0]!, r => r[1]!);

    public void Dispose() => _connection.Dispose();
}
