using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<PhotoEntity>
{
    public void Configure(EntityTypeBuilder<PhotoEntity> e)
    {
        e.ToTable("photos");
        e.Property(p => p.Id).ValueGeneratedNever();
    }
}
