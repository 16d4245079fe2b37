namespace Pledgewatch.Suggestions;

/// <summary>Why a step was refused, in both languages, with a code a program can test.</summary>
public sealed record Refusal(string Code, string Zh, string En);

/// <summary>The result of a step of a workflow: the item after it, or why it was refused (the item unchanged).</summary>
public readonly record struct Step<T>(T? Value, Refusal? Refused)
    where T : class
{
    public bool Ok => Refused is null;

    public static Step<T> Done(T value) => new(value, null);

    public static Step<T> No(string code, string zh, string en) => new(null, new Refusal(code, zh, en));

    /// <summary>The item, or an exception naming the refusal (for callers that checked before).</summary>
    public T Get() => Value ?? throw new InvalidOperationException($"{Refused!.Code}: {Refused.En}");
}

/// <summary>Who takes a step: the role decides what is allowed, the name and department whose item it is.</summary>
public enum Role
{
    Anonymous,
    Citizen,
    Deputy,
    Department,
    Office,
    Admin,
}

/// <summary>A person acting: their name (an account, or a deputy's code), role and, for a department's editor, the department.</summary>
public sealed record Actor(string Name, Role Role, string? Department = null)
{
    public bool IsOffice => Role is Role.Office or Role.Admin;
}
