using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Accounts;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch user add NAME --role admin|editor|deputy</c> and <c>user list</c>.</summary>
internal static class UserCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var name = new Argument<string>("name") { Description = "The user name to log in with." };
        var role = new Option<string>("--role") { Description = "admin, editor or deputy.", Required = true };
        var add = new Command("add", "Add a user (the first administrator is made this way). The password is asked for on a terminal, else read from the first line of standard input.")
        {
            name, role,
        };
        var store = new StoreOptions();
        store.AddTo(add);
        add.SetAction(parse =>
        {
            var opened = store.Open(parse, stderr);
            if (opened is null)
            {
                return Program.SomeFailed;
            }

            var password = stdin == Console.In && !Console.IsInputRedirected
                ? AnsiConsole.Prompt(new TextPrompt<string>("password:").Secret())
                : stdin.ReadLine() ?? "";
            var (user, error) = new UserDirectory(opened).AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, password).GetAwaiter().GetResult();
            if (user is null)
            {
                stderr.WriteLine($"pledgewatch: {error}");
                return Program.SomeFailed;
            }

            stdout.WriteLine($"user {user.Name} ({user.Role}) added");
            return Program.Ok;
        });

        var list = new Command("list", "List the users and their roles.");
        var listStore = new StoreOptions();
        listStore.AddTo(list);
        list.SetAction(parse =>
        {
            var opened = listStore.Open(parse, stderr);
            if (opened is null)
            {
                return Program.SomeFailed;
            }

            using var db = opened.CreateContext();
            foreach (var user in db.Users.AsNoTracking().OrderBy(u => u.Name).ToList())
            {
                stdout.WriteLine($"{user.Name}\t{user.Role}\t{user.CreatedAt:yyyy-MM-dd}");
            }

            return Program.Ok;
        });
        return new Command("user", "Accounts for the web app: administrators, editors, deputies.") { add, list };
    }
}
