using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pledgewatch.Storage.Import;

/// <summary>
/// Inserts many rows of one entity in the context's open transaction, instead of the change
/// tracker: on SQLite through one prepared INSERT, on PostgreSQL by one binary COPY when the rows
/// are complete. Columns, parameter types and value conversions are read from the EF model, so the
/// statement follows the schema; the store-generated key is left to the database (the rows are not
/// read back). <see cref="CompleteAsync"/> ends the rows before the caller commits.
/// </summary>
internal sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly (PropertyInfo Clr, Func<object?, object?> ToProvider, DbParameter Parameter)[] _columns;
    private readonly Npgsql.NpgsqlConnection? _copyTo;
    private readonly string _copy;
    private readonly List<object?[]> _pending = [];

    private RowInserter(DbCommand command, (PropertyInfo, Func<object?, object?>, DbParameter)[] columns, Npgsql.NpgsqlConnection? copyTo, string copy)
    {
        _command = command;
        _columns = columns;
        _copyTo = copyTo;
        _copy = copy;
    }

    public static async Task<RowInserter<T>> PrepareAsync(PledgewatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("rows are inserted inside the caller's transaction");
        var columns = new List<(PropertyInfo, Func<object?, object?>, DbParameter)>(properties.Count);
        foreach (var (property, i) in properties.Select((p, i) => (p, i)))
        {
            var clr = property.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no CLR property");
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var parameter = mapping.CreateParameter(command, $"@p{i}", null, property.IsNullable);
            command.Parameters.Add(parameter);
            var converter = mapping.Converter;
            columns.Add((clr, converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v), parameter));
        }

        var names = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var into = sql.DelimitIdentifier(table.Name, table.Schema);
        if (command.Connection is Npgsql.NpgsqlConnection postgres)
        {
            return new RowInserter<T>(command, [.. columns], postgres, $"COPY {into} ({names}) FROM STDIN (FORMAT BINARY)");
        }

        command.CommandText = $"INSERT INTO {into} ({names}) VALUES ({string.Join(", ", columns.Select(c => c.Item3.ParameterName))})";
        await command.PrepareAsync(cancellationToken);
        return new RowInserter<T>(command, [.. columns], null, "");
    }

    public async Task InsertAsync(T row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_copyTo is not null)
        {
            _pending.Add([.. _columns.Select(c => c.ToProvider(c.Clr.GetValue(row)))]);
            return;
        }

        foreach (var (clr, toProvider, parameter) in _columns)
        {
            parameter.Value = toProvider(clr.GetValue(row)) ?? DBNull.Value;
        }

        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the rows held back (PostgreSQL's COPY); a failure here fails the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_copyTo is null || _pending.Count == 0)
        {
            return;
        }

        await using var writer = await _copyTo.BeginBinaryImportAsync(_copy, cancellationToken);
        foreach (var row in _pending)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                if (value is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(value, cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
        _pending.Clear();
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
