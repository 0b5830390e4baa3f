// govdisclosure: the command line of GovDisclosure.Policy. Everything it does is in Cli, on the libraries' public APIs.
using GovDisclosure.Policy.Tool;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await Cli.RunAsync(args, Console.Out, Console.Error, terminal: !Console.IsErrorRedirected);
