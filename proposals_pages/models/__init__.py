"""The domain's models, one module per concept."""

from .administrations import Administration
from .areas import AreaIndexPage, AreaPage
from .commission import (
    BudgetYear,
    CommissionAgendaItem,
    CommissionBudget,
    CommissionMeetingPage,
    CommissionMember,
    CommissionPage,
)
from .dialogues import DialogueEventPage, DialogueIndexPage
from .feedback_mails import FeedbackMail
from .proposals import ProposalIndexPage, ProposalPage, ProposalPhoto, ProposalStatusChange
from .proposers import Proposer
from .statistics import StatisticsPage
from .themes import ThemeIndexPage, ThemePage

__all__ = [
    "Administration",
    "AreaIndexPage",
    "AreaPage",
    "BudgetYear",
    "CommissionAgendaItem",
    "CommissionBudget",
    "CommissionMeetingPage",
    "CommissionMember",
    "CommissionPage",
    "DialogueEventPage",
    "DialogueIndexPage",
    "FeedbackMail",
    "ProposalIndexPage",
    "ProposalPage",
    "ProposalPhoto",
    "ProposalStatusChange",
    "Proposer",
    "StatisticsPage",
    "ThemeIndexPage",
    "ThemePage",
]
