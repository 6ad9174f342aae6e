"""Administrations (förvaltningar): who prices, assesses and carries out a proposal."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Administration(TranslatableMixin, index.Indexed, models.Model):
    """A municipal administration; a translatable snippet."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug names the administration in import files, whatever the language.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("administration")
        verbose_name_plural = _("administrations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
