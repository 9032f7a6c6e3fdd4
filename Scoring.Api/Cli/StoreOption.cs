using Scoring.Api.Storage;

namespace Scoring.Api.Cli;

/// <summary>Opens the store named by <c>--db &lt;file&gt;</c> (default data/scoring.db), migrated.</summary>
internal static class StoreOption
{
    public static Store Open(CliArgs args) =>
        Store.OpenAsync(Database.ForFile(args["--db"] ?? Database.DefaultPath), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Who makes the writes: <c>--by</c>, else the system user.</summary>
    public static string Actor(CliArgs args) => args["--by"] ?? Environment.UserName;
}
