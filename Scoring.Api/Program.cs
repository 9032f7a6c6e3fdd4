using Scoring.Api.Host;
using System.Text;
using Scoring.Api.Cli;
using Scoring.Api.Server;

Console.OutputEncoding = Encoding.UTF8;
// No verb (or only options such as --urls, --seed-samples): the server. A verb: the command line.
return args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help")
    ? await ServerRun.RunAsync(args, Console.Out)
    : CliApp.Run(args, Console.Out);

/// <summary>The entry point (public so the API tests can host it).</summary>
public partial class Program;
