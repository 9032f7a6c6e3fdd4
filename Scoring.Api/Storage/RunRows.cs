using Dapper;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>Row-level writes of a run's publication inside a caller's <see cref="StoreWrite"/>: a published run changes only by being superseded.</summary>
public static class RunRows
{
    private const string Publish = """
        UPDATE runs SET state = 'published', published_at = @At, published_by = @Actor, decision_number = @Number, decision_date = @Date,
                        signer_title = @SignerTitle, signer_name = @SignerName, decision_issuer = @Issuer, decision_place = @Place
        WHERE id = @Id AND state = 'draft'
        """;

    private const string Supersede = "UPDATE runs SET state = 'superseded', superseded_by = @By WHERE id = @Id AND state = 'published'";

    private const string SupersedePart = """
        INSERT INTO run_part_supersessions (run_id, group_code, superseded_by, at) VALUES (@Id, @Group, @By, @At)
        """;

    /// <summary>A run's header in this transaction, or null.</summary>
    public static async Task<RunHeader?> GetAsync(StoreWrite w, long id) =>
        (await w.Connection.QuerySingleOrDefaultAsync<RunStore.HeaderRow>(new CommandDefinition(RunStore.Select + " WHERE id = @Id", new { Id = id },
            w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false))?.ToHeader();

    /// <summary>The runs of a version and year in this transaction.</summary>
    public static async Task<IReadOnlyList<RunHeader>> OfYearAsync(StoreWrite w, string criteriaId, int year) =>
        [.. (await w.Connection.QueryAsync<RunStore.HeaderRow>(new CommandDefinition(RunStore.Select + " WHERE criteria_id = @CriteriaId AND year = @Year ORDER BY id",
            new { CriteriaId = criteriaId, Year = year }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false)).Select(r => r.ToHeader())];

    /// <summary>Marks a draft run published.</summary>
    /// <exception cref="InvalidOperationException">The run was not a draft (a defect: the use case checked it under the write lock).</exception>
    public static async Task PublishAsync(StoreWrite w, long id, string actor, RunDecision? decision)
    {
        var d = decision ?? new RunDecision(null, null, null, null);
        var values = new
        {
            Id = id, w.At, Actor = actor, d.Number, Date = d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.SignerTitle, d.SignerName, d.Issuer, d.Place,
        };
        if (await w.Connection.ExecuteAsync(new CommandDefinition(Publish, values, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"Run was not a draft. Id={id}");
        }
    }

    /// <summary>Marks a published run superseded by another.</summary>
    public static Task SupersedeAsync(StoreWrite w, long id, long by) =>
        w.Connection.ExecuteAsync(new CommandDefinition(Supersede, new { Id = id, By = by }, w.Transaction, cancellationToken: w.Ct));

    /// <summary>Records that a group's part of an all-groups run was replaced by a group run.</summary>
    public static Task SupersedePartAsync(StoreWrite w, long id, string group, long by) =>
        w.Connection.ExecuteAsync(new CommandDefinition(SupersedePart, new { Id = id, Group = group, By = by, w.At }, w.Transaction, cancellationToken: w.Ct));
}
