using System.Text;
using Scoring.Api.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out);
