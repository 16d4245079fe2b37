using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<FollowEntity>
{
    public void Configure(EntityTypeBuilder<FollowEntity> e)
    {
        e.ToTable("follows");
        e.HasIndex(f => new { f.Topic, f.TopicKey, f.Email }).IsUnique();
        e.HasIndex(f => f.Token).IsUnique();
    }
}
