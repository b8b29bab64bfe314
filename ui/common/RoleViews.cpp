// createRoleView: the view each role works in. Roles whose view is not written yet get a calm
// page saying so, so that logging in as them still works.
#include "common/RoleView.h"

#include "client/Session.h"
#include "common/RoleNames.h"
#include "doctor/DoctorView.h"
#include "institution/DeskView.h"
#include "patient/PatientView.h"
#include "regulator/RegulatorView.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {

class UnavailableView : public RoleView {
    Q_DECLARE_TR_FUNCTIONS(UnavailableView)
public:
    UnavailableView(chain::Role role, QWidget *parent) : RoleView(parent), m_role(role)
    {
        setObjectName(QStringLiteral("unavailableView"));
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("unavailableText"));
        m_text->setWordWrap(true);
        m_text->setAlignment(Qt::AlignCenter);
        auto *column = new QVBoxLayout(this);
        const int margin = fontMetrics().height() * 3;
        column->setContentsMargins(margin, margin, margin, margin);
        column->addWidget(m_text);
        retranslateUi();
        markLoaded();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        RoleView::changeEvent(event);
    }

private:
    void retranslateUi()
    {
        m_text->setText(tr("<p>The view for the role “%1” is not available in this version of "
                           "MedChain yet.</p><p>Your identity is open and your node keeps the "
                           "replica up to date. Use File ▸ Switch Identity to log in as someone "
                           "else.</p>")
                            .arg(RoleNames::chainRole(m_role)));
    }

    chain::Role m_role;
    QLabel *m_text = nullptr;
};

} // namespace

RoleView *createRoleView(client::Session &session, QWidget *parent)
{
    switch (session.role()) {
    case chain::Role::Patient:
        return new PatientView(session, parent);
    case chain::Role::Practitioner:
        return new DoctorView(session, parent);
    case chain::Role::Institution:
        return new DeskView(session, parent);
    case chain::Role::Authority:
        return new RegulatorView(session, parent);
    case chain::Role::Node:
        break;
    }
    return new UnavailableView(session.role(), parent);
}

} // namespace medchain::ui
