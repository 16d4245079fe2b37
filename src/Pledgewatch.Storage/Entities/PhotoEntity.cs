namespace Pledgewatch.Storage.Entities;

/// <summary>A photo attached to a progress update (JPEG, PNG or WebP, checked by its first bytes).</summary>
public sealed class PhotoEntity
{
    public Guid Id { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Bytes { get; set; }
}
