using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<NoticeEntity>
{
    public void Configure(EntityTypeBuilder<NoticeEntity> e)
    {
        e.ToTable("notices");
        e.HasIndex(n => n.Key).IsUnique();
        e.HasIndex(n => new { n.Topic, n.TopicKey, n.At });
        e.HasIndex(n => new { n.Ready, n.QueuedAt });
    }
}
