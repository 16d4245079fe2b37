using System.CommandLine;
using System.Globalization;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch ballot create|rating|candidate|roster|close|tally|verify</c>: the 票决 vote and the year-end rating from the command line.</summary>
internal static class BallotCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var ballot = new Command("ballot", "The deputies' vote on livelihood projects (票决): ballots, candidates, rosters, the tally.");
        ballot.Subcommands.Add(Create(stdout, stderr));
        ballot.Subcommands.Add(Rating(stdout, stderr));
        ballot.Subcommands.Add(Candidate(stdout, stderr));
        ballot.Subcommands.Add(Roster(stdout, stderr));
        ballot.Subcommands.Add(Close(stdout, stderr));
        ballot.Subcommands.Add(TallyCommand(stdout, stderr));
        ballot.Subcommands.Add(Verify(stdout, stderr));
        return ballot;
    }

    private static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var region = new Option<string>("--region") { Description = "The region (name or code).", Required = true };
        var year = new Option<int>("--year") { Description = "The year of the projects.", Required = true };
        var title = new Option<string>("--title") { Description = "The ballot's title.", Required = true };
        var k = new Option<int>("--max-approvals", "-k") { Description = "K: approvals per deputy and projects adopted.", Required = true };
        var opens = new Option<DateTimeOffset>("--opens") { Description = "When voting opens (ISO 8601, e.g. 2025-01-10T09:00+08:00).", Required = true };
        var closes = new Option<DateTimeOffset>("--closes") { Description = "When voting closes.", Required = true };
        var sample = new Option<bool>("--sample") { Description = "Mark the ballot as made-up sample data." };
        var command = new Command("create", "Create a ballot.") { region, year, title, k, opens, closes, sample };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            var created = await new Ballots(store).CreateAsync(new BallotDraft(parse.GetValue(region)!, parse.GetValue(year), parse.GetValue(title)!, parse.GetValue(opens), parse.GetValue(closes), parse.GetValue(sample)), parse.GetValue(k), Environment.UserName);
            stdout.WriteLine($"ballot {created.Id} created");
        });
    }

    private static Command Rating(TextWriter stdout, TextWriter stderr)
    {
        var region = new Option<string>("--region") { Description = "The region (name or code).", Required = true };
        var year = new Option<int>("--year") { Description = "The year the projects belong to.", Required = true };
        var title = new Option<string>("--title") { Description = "The rating's title.", Required = true };
        var projects = new Option<long[]>("--project") { Description = "A project to rate (repeat for each).", Required = true, AllowMultipleArgumentsPerToken = true };
        var opens = new Option<DateTimeOffset>("--opens") { Description = "When rating opens (ISO 8601).", Required = true };
        var closes = new Option<DateTimeOffset>("--closes") { Description = "When rating closes.", Required = true };
        var sample = new Option<bool>("--sample") { Description = "Mark the rating as made-up sample data." };
        var command = new Command("rating", "Create a year-end rating (满意度测评) of projects: 满意, 基本满意 or 不满意 from each deputy on the roster.") { region, year, title, projects, opens, closes, sample };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            var created = await new Ballots(store).CreateRatingAsync(new BallotDraft(parse.GetValue(region)!, parse.GetValue(year), parse.GetValue(title)!, parse.GetValue(opens), parse.GetValue(closes), parse.GetValue(sample)), parse.GetValue(projects)!, Environment.UserName);
            stdout.WriteLine($"rating {created.Id} created");
        });
    }

    private static Command Candidate(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ballot") { Description = "The ballot's id." };
        var title = new Option<string>("--title") { Description = "The project's title.", Required = true };
        var category = new Option<string?>("--category") { Description = "常有善育, 常有优学, …" };
        var department = new Option<string?>("--department") { Description = "The owner department." };
        var budget = new Option<double?>("--budget") { Description = "Estimated budget in 元." };
        var source = new Option<string?>("--source") { Description = "department, deputy proposal or citizen suggestion." };
        var description = new Option<string?>("--description") { Description = "What the project does." };
        var sample = new Option<bool>("--sample") { Description = "Mark the candidate as made-up sample data." };
        var command = new Command("candidate", "Add a candidate project before voting opens.") { id, title, category, department, budget, source, description, sample };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            var added = await new Ballots(store).AddCandidateAsync(parse.GetValue(id), new CandidateEntity
            {
                Title = parse.GetValue(title)!,
                Category = parse.GetValue(category),
                OwnerDepartment = parse.GetValue(department),
                Budget = parse.GetValue(budget),
                Source = parse.GetValue(source),
                Description = parse.GetValue(description),
                IsSample = parse.GetValue(sample),
            }, Environment.UserName);
            stdout.WriteLine($"candidate {added.Id} added as number {added.Ordinal}");
        });
    }

    private static Command Roster(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ballot") { Description = "The ballot's id." };
        var file = new Argument<string>("file") { Description = "CSV with a header: code,name[,user]." };
        var sample = new Option<bool>("--sample") { Description = "Mark the deputies as made-up sample data." };
        var command = new Command("roster", "Import the roster of eligible deputies before voting opens; all or nothing.") { id, file, sample };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            using var reader = new StreamReader(parse.GetValue(file)!);
            var total = await new Ballots(store).ImportRosterAsync(parse.GetValue(id), reader, Environment.UserName, parse.GetValue(sample));
            stdout.WriteLine($"{total} deputies on the roster");
        });
    }

    private static Command Close(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ballot") { Description = "The ballot's id." };
        var command = new Command("close", "Close the ballot (or rating) and publish the result; nothing changes afterwards.") { id };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            var ballots = new Ballots(store);
            var tally = await ballots.CloseAsync(parse.GetValue(id), Environment.UserName);
            if (tally is null)
            {
                var rating = (await ballots.RatingsAsync(parse.GetValue(id)))!.Value;
                stdout.WriteLine($"closed: {rating.Voted} papers, {rating.Counts.Count} projects rated");
            }
            else
            {
                stdout.WriteLine($"closed: {tally.Papers} papers, {tally.Adopted.Count()} adopted (now projects){(tally.TieNote is null ? "" : "; " + tally.TieNote)}");
            }

            // Written down outside the database (the session's minutes, a notice), these let a later verify prove nothing changed.
            var seal = await ballots.SealAsync(parse.GetValue(id));
            stdout.WriteLine($"papers: {seal.PapersDigest}");
            stdout.WriteLine($"audit head: {seal.AuditHead}");
        });
    }

    private static Command TallyCommand(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ballot") { Description = "The ballot's id." };
        var command = new Command("tally", "Show the tally per candidate and the adopted projects, or a rating's results per project.") { id };
        return WithStore(command, stdout, stderr, async (store, parse) =>
        {
            var ballots = new Ballots(store);
            if (await ballots.RatingsAsync(parse.GetValue(id)) is { } rating)
            {
                var (rated, counts, items, papers) = rating;
                stdout.WriteLine($"{rated.Title}{(rated.IsSample ? "（样例数据）" : "")}: {papers} papers; {(rated.ClosedAt is null ? "open (not published)" : "closed " + rated.ClosedAt.Value.ToString("O", CultureInfo.InvariantCulture))}");
                foreach (var c in counts)
                {
                    var rate = c.SatisfactionRate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
                    stdout.WriteLine($"{items.First(i => i.Id == c.Project).Title}	满意 {c.Satisfied}	基本满意 {c.FairlySatisfied}	不满意 {c.Dissatisfied}	满意率 {rate}{(c.NeedsRectification ? "\t须整改" : "")}");
                }

                return;
            }

            var found = await ballots.TallyAsync(parse.GetValue(id)) ?? throw new StoreException($"no ballot {parse.GetValue(id)}");
            var (ballot, tally, candidates, voted) = found;
            stdout.WriteLine($"{ballot.Title}{(ballot.IsSample ? "（样例数据）" : "")}: {voted} of {tally.Rule.EligibleDeputies} deputies voted; a project needs {tally.Rule.Majority} approvals; K = {tally.Rule.MaxApprovals}; {(ballot.ClosedAt is null ? "open (not published)" : "closed " + ballot.ClosedAt.Value.ToString("O", CultureInfo.InvariantCulture))}");
            foreach (var c in tally.Candidates)
            {
                var title = candidates.First(x => x.Id == c.Candidate).Title;
                stdout.WriteLine($"{c.Rank,3}. {title}\t赞成 {c.Approve}\t反对 {c.Oppose}\t弃权 {c.Abstain}\t{(c.Adopted ? "adopted" : c.Tied ? "tied" : "-")}");
            }

            if (tally.TieNote is not null)
            {
                stdout.WriteLine(tally.TieNote);
            }
        });
    }

    private static Command Verify(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ballot") { Description = "The ballot's id." };
        var head = new Option<string?>("--head") { Description = "The audit head printed at close (SEQ:HASH), recorded outside the database: the chain must still lead through it." };
        var command = new Command("verify", "Recount the stored papers, check their digest, the published tally and the audit chain (exit 1 on any difference).") { id, head };
        StoreOptions.SetAction(command, stderr, async (store, parse) =>
        {
            var problem = await new Ballots(store).VerifyAsync(parse.GetValue(id), Environment.UserName, parse.GetValue(head));
            if (problem is not null)
            {
                stderr.WriteLine($"pledgewatch: ballot {parse.GetValue(id)}: {problem}");
                return Program.SomeFailed;
            }

            stdout.WriteLine($"ballot {parse.GetValue(id)}: the recount agrees with the published tally; the papers, the tally and the audit chain are as sealed at close");
            return Program.Ok;
        });
        return command;
    }

    private static Command WithStore(Command command, TextWriter stdout, TextWriter stderr, Func<PledgewatchStore, ParseResult, Task> action)
    {
        StoreOptions.SetAction(command, stderr, async (store, parse) =>
        {
            await action(store, parse);
            return Program.Ok;
        });
        return command;
    }
}
