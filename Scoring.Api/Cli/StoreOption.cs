using Scoring.Api.UseCases;
using System.Globalization;
using Scoring.Api.Storage;

namespace Scoring.Api.Cli;

/// <summary>Opens the store named by <c>--db &lt;file&gt;</c> (default data/scoring.db), migrated; reads the options the store verbs share.</summary>
internal static class StoreOption
{
    /// <summary>The operations over the store named by <c>--db</c>, opened and migrated.</summary>
    public static Operations Open(CliArgs args) =>
        Operations.OpenAsync(args["--db"] ?? Operations.DefaultStorePath, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Who makes the writes: <c>--by</c>, else the system user.</summary>
    public static string Actor(CliArgs args) => args["--by"] ?? Environment.UserName;

    /// <summary><c>--year</c> as a year from 2000 to 2100, or null (and a message) when it is missing or not one.</summary>
    public static int? Year(CliArgs args, TextWriter output)
    {
        if (int.TryParse(args["--year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return year;
        }
        output.WriteLine(args["--year"] is null ? "Thiếu --year <năm>." : $"Năm \"{args["--year"]}\" không hợp lệ: cần năm từ 2000 đến 2100, ví dụ 2024.");
        return null;
    }

    /// <summary>A stored time (ISO 8601 UTC) in Vietnam time, as people read it.</summary>
    public static string Local(string stored) => UseCases.VietnamDays.Moment(stored);
}
