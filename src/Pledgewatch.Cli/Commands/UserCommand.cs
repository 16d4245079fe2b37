using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Accounts;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch user add NAME --role admin|clerk|editor|deputy</c> and <c>user list</c>.</summary>
internal static class UserCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var name = new Argument<string>("name") { Description = "The user name to log in with." };
        var role = new Option<string>("--role") { Description = "admin, clerk (the congress office: ballots and proposals), editor or deputy.", Required = true };
        var department = new Option<string?>("--department") { Description = "An editor's department (市交通运输局): the deputies' suggestions and citizens' cases it answers." };
        var add = new Command("add", "Add a user (the first administrator is made this way). The password is asked for on a terminal, else read from the first line of standard input.")
        {
            name, role, department,
        };
        StoreOptions.SetAction(add, stderr, async (opened, parse) =>
        {
            var password = stdin == Console.In && !Console.IsInputRedirected
                ? AnsiConsole.Prompt(new TextPrompt<string>("password:").Secret())
                : stdin.ReadLine() ?? "";
            var (user, error) = await new UserDirectory(opened).AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, password, parse.GetValue(department));
            if (user is null)
            {
                stderr.WriteLine($"pledgewatch: {error}");
                return Program.SomeFailed;
            }

            stdout.WriteLine($"user {user.Name} ({user.Role}{(user.Department is null ? "" : ", " + user.Department)}) added");
            return Program.Ok;
        });

        var list = new Command("list", "List the users and their roles.");
        StoreOptions.SetAction(list, stderr, async (opened, _) =>
        {
            await using var db = opened.CreateContext();
            foreach (var user in await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync())
            {
                stdout.WriteLine($"{user.Name}\t{user.Role}\t{user.CreatedAt:yyyy-MM-dd}{(user.Department is null ? "" : "\t" + user.Department)}");
            }

            return Program.Ok;
        });
        return new Command("user", "Accounts for the web app: administrators, editors, deputies.") { add, list };
    }
}
