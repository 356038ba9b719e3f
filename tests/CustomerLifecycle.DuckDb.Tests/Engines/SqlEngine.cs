using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using NodaTime;
using Npgsql;

namespace CustomerLifecycle.DuckDb.Tests.Engines;

/// <summary>A SQL engine the portable texts run on: tables are loaded with literal INSERTs, queries return boxed rows.</summary>
internal abstract class SqlEngine : IDisposable
{
    public abstract string Name { get; }

    protected abstract DbConnection Connection { get; }

    /// <summary>Creates a table and fills it; each value is a string, LocalDate, LocalDateTime, decimal, int, bool or null.</summary>
    public void Load(string table, string columns, IEnumerable<object?[]> rows)
    {
        Execute($"CREATE TABLE {table} ({columns})");
        foreach (var chunk in rows.Chunk(500))
        {
            var sql = new StringBuilder($"INSERT INTO {table} VALUES ");
            sql.AppendJoin(", ", chunk.Select(r => "(" + string.Join(", ", r.Select(Literal)) + ")"));
            Execute(sql.ToString());
        }
    }

    /// <summary>Runs a query; every value of every row, DBNull as null.</summary>
    public List<object?[]> Query(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public abstract void Dispose();

    public override string ToString() => Name;

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        LocalDate d => string.Create(CultureInfo.InvariantCulture, $"DATE '{d:uuuu-MM-dd}'"),
        LocalDateTime t => string.Create(CultureInfo.InvariantCulture, $"TIMESTAMP '{t:uuuu-MM-dd HH:mm:ss}'"),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No literal for {value.GetType().Name}.", nameof(value)),
    };
}

/// <summary>An in-memory DuckDB database (embedded; always available).</summary>
internal sealed class DuckDbEngine : SqlEngine
{
    private readonly DuckDBConnection _connection;

    public DuckDbEngine()
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
    }

    public override string Name => "DuckDB";

    protected override DbConnection Connection => _connection;

    public override void Dispose() => _connection.Dispose();
}

/// <summary>A PostgreSQL server named by CUSTOMERLIFECYCLE_POSTGRES; each instance works in a schema of its own, dropped at the end.</summary>
internal sealed class PostgresEngine : SqlEngine
{
    public const string Variable = "CUSTOMERLIFECYCLE_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);
    private readonly NpgsqlConnection _connection;
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    public PostgresEngine()
    {
        _connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        _connection.Open();
        Execute($"CREATE SCHEMA {_schema}");
        Execute($"SET search_path TO {_schema}");
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when a server answers.</summary>
    public static string? SkipReason => Unavailable.Value;

    public override string Name => "PostgreSQL";

    protected override DbConnection Connection => _connection;

    public override void Dispose()
    {
        Execute($"DROP SCHEMA {_schema} CASCADE");
        _connection.Dispose();
    }

    private static string? Probe()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"No PostgreSQL server: {Variable} is not set (.ci/run starts one with .ci/postgres).";
        }

        try
        {
            using var connection = new NpgsqlConnection(connectionString + ";Timeout=5");
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            return $"No PostgreSQL server reachable with {Variable}: {e.Message}";
        }
    }
}

/// <summary>
/// The engines a theory runs on: DuckDB always, PostgreSQL when a server answers. Where none does, the PostgreSQL cases
/// are absent and <see cref="PostgresFactAttribute"/> tests report the skip with its reason.
/// </summary>
internal static class Engines
{
    public static IReadOnlyList<string> Names => PostgresEngine.SkipReason is null ? ["DuckDB", "PostgreSQL"] : ["DuckDB"];

    public static TheoryData<string> Available => [.. Names];

    public static SqlEngine Open(string name) => name switch
    {
        "DuckDB" => new DuckDbEngine(),
        "PostgreSQL" => new PostgresEngine(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown engine."),
    };
}

/// <summary>A fact that needs the PostgreSQL server of CUSTOMERLIFECYCLE_POSTGRES; skipped, with the reason, without one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips when no server answers.</summary>
    public PostgresFactAttribute() => Skip = PostgresEngine.SkipReason;
}
